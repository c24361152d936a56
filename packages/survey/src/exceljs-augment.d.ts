// exceljs 4.4 has Worksheet.dataValidations at runtime (lib/doc/data-validations.js) but not in its typings.
import 'exceljs';

declare module 'exceljs' {
  interface DataValidations {
    /** Validation per address; ranges such as "B3:B1002" are kept as one key when written, expanded per cell when read. */
    model: Record<string, DataValidation | undefined>;
    add(address: string, validation: DataValidation): DataValidation;
    find(address: string): DataValidation | undefined;
  }
  interface Worksheet {
    readonly dataValidations: DataValidations;
  }
}
