// The package loads exceljs on first use (exceljs-module.ts). Loading it here, once per worker
// (isolate: false), keeps that cost out of whichever test happens to write or load a workbook first.
await import('exceljs');
