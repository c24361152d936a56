import type { TemplateTexts } from '../catalogue.js';

/** Texts of the Instructions sheet and the example row of a blank template. */
export const templateEn: TemplateTexts = {
  instructionsSheet: 'Instructions',
  title: 'ClusterLens survey — how to fill in this workbook',
  steps: [
    '1. Cluster sheet: fill in the “value” column. Cluster id, names, region and survey year are required.',
    '2. Responses sheet: one row per member (respondent), from row 4. Row 3 is an example (respondent id EXAMPLE, shaded): it is never read; leave it or delete the whole row.',
    '3. Do not change row 1 (question ids) or the sheet names. Row 2 explains each question and its unit.',
    '4. Pick answers from the dropdown where there is one. For several choices, type their codes separated by spaces (codes are on the Choices sheet).',
    '5. Type plain numbers; a percentage as 35 for 35%; dates as YYYY-MM-DD.',
    '6. If a question does not apply or the answer is not known, type N/A (or 不适用 / 不知道). Leave a cell empty only when the question was not answered.',
    '7. The Questions sheet lists every question with its type, unit and allowed range. The Regional sheet (optional) holds statistics of the region.',
    '8. To check the workbook before it is sent: on the ClusterLens web page, add it under “Returned workbooks”; or, in a terminal, type “clusterlens validate FILE.xlsx”. Either way every problem is shown with its cell.',
  ],
  exampleNote: 'Example row: it shows how answers look and is never read. Type your members from row 4; leave this row or delete it whole.',
  exampleText: 'Example answer',
};
