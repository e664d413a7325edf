import { saveBlob } from '../../api/client';

/** Downloads rows as an .xlsx file; ExcelJS is loaded only when someone asks for a spreadsheet. */
export async function downloadSpreadsheet(fileName: string, sheetName: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 14));
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}
