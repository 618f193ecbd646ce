package org.factmark.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX (Office Open XML spreadsheet), streamed with Apache POI's SXSSF: only the last {@value #WINDOW} rows stay in
 * memory, older rows go to a (compressed) temporary file that {@link #end} deletes ({@code dispose}). The columns are
 * the CSV columns, in the same order. Every text cell is a string cell (inline string, text format "@", quote
 * prefix), so a spreadsheet never reads "TRUE", "0.8%", "January 19", "1,960" or "=1+1" as a boolean, number, date or
 * formula, and no CSV-style apostrophe is needed; ids and offsets are numeric cells. The header row is bold, frozen and
 * carries an auto-filter. Past {@link #MAX_CLAIMS_PER_SHEET} claims (Excel's 1,048,576 rows minus the header) the
 * export continues on a new sheet "claims 2", "claims 3", ... with the same header.
 */
final class XlsxDatasetWriter implements DatasetWriter {
    /** Rows kept in memory by SXSSF before they are flushed to the temporary file. */
    static final int WINDOW = 100;
    /** Excel's row limit minus the header row. */
    static final int MAX_CLAIMS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String TRUNCATED = "… [truncated: the full text is in the CSV and JSON Lines exports]";
    /** Columns written as numbers, not text (CSV column names). */
    static final List<String> NUMERIC = List.of("claim_id", "article_id", "start", "end");

    private final OutputStream out;
    private final int claimsPerSheet;
    private SXSSFWorkbook wb;
    private CellStyle text;
    private CellStyle header;
    private SXSSFSheet sheet;
    private int sheets;
    private int rowInSheet;

    XlsxDatasetWriter(OutputStream out) {
        this(out, MAX_CLAIMS_PER_SHEET);
    }

    /** {@code claimsPerSheet} below Excel's limit only for tests of the sheet roll-over. */
    XlsxDatasetWriter(OutputStream out, int claimsPerSheet) {
        this.out = out;
        this.claimsPerSheet = claimsPerSheet;
    }

    @Override
    public void begin() {
        wb = new SXSSFWorkbook(null, WINDOW, true, false);
        text = wb.createCellStyle();
        text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
        text.setQuotePrefixed(true);
        header = wb.createCellStyle();
        header.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        newSheet();
    }

    private void newSheet() {
        sheets++;
        sheet = wb.createSheet(sheets == 1 ? "claims" : "claims " + sheets);
        Row row = sheet.createRow(0);
        for (int i = 0; i < CsvDatasetWriter.COLUMNS.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(CsvDatasetWriter.COLUMNS.get(i));
            c.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, CsvDatasetWriter.COLUMNS.size() - 1));
        rowInSheet = 0;
    }

    @Override
    public void claim(ClaimRow r) {
        if (rowInSheet == claimsPerSheet) newSheet();
        Row row = sheet.createRow(++rowInSheet);
        int i = 0;
        row.createCell(i++).setCellValue(r.id());
        row.createCell(i++).setCellValue(r.article().id());
        text(row, i++, r.article().title());
        text(row, i++, r.article().url());
        text(row, i++, r.quote());
        row.createCell(i++).setCellValue(r.start());
        row.createCell(i++).setCellValue(r.end());
        text(row, i++, r.claimType());
        text(row, i++, r.rating());
        text(row, i++, r.rationale());
        text(row, i++, sourceUrls(r));
        text(row, i++, r.annotator());
        text(row, i++, r.reviewer());
        text(row, i++, r.status());
        text(row, i++, time(r.checkedAt()));
        text(row, i++, r.claimant());
        text(row, i++, r.restatement());
        text(row, i, time(r.createdAt()));
    }

    /** A string cell; absent values leave the cell blank. */
    private void text(Row row, int col, String s) {
        if (s == null || s.isEmpty()) return;
        Cell c = row.createCell(col);
        c.setCellValue(fit(s));
        c.setCellStyle(text);
    }

    /** Cuts text longer than Excel's cell limit (at a code point boundary) and says so in the cell. */
    static String fit(String s) {
        if (s.length() <= MAX_CELL_CHARS) return s;
        int keep = MAX_CELL_CHARS - TRUNCATED.length();
        if (Character.isLowSurrogate(s.charAt(keep))) keep--;
        return s.substring(0, keep) + TRUNCATED;
    }

    private static String sourceUrls(ClaimRow r) {
        StringBuilder b = new StringBuilder();
        for (ClaimRow.SourceRow s : r.sources()) {
            if (!b.isEmpty()) b.append(' ');
            b.append(s.url());
        }
        return b.toString();
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    @Override
    public void end() throws IOException {
        try {
            // POI closes the stream it writes to; the caller owns ours
            wb.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
        } finally {
            discard();
        }
    }

    /** Deletes the temporary files; also called when the export fails half-way. */
    @Override
    public void discard() throws IOException {
        if (wb != null) {
            wb.dispose();
            wb.close();
            wb = null;
        }
    }
}
