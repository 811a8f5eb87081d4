// The province export's schema (docs/export.md): its version and its columns, in file order, with their BigQuery types.

/** Raised whenever a column is added, removed, renamed or changes meaning; the province refuses other versions. */
export const EXPORT_SCHEMA_VERSION = 1;

/** File name of a commune's export (the runner writes `DIR/ntm-export.csv`; the dialog downloads it under this name). */
export const EXPORT_FILE = 'ntm-export.csv';

/** BigQuery's names for the types (DuckDB reads the same files as BIGINT, DATE, VARCHAR, DOUBLE). */
export type ExportType = 'INT64' | 'DATE' | 'STRING' | 'FLOAT64';

export interface ExportColumn {
  name: string;
  type: ExportType;
  /** REQUIRED: never blank in a well-formed export. */
  required: boolean;
  /** What it holds, in our words (docs/export.md repeats it). */
  doc: string;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { name: 'schema_version', type: 'INT64', required: true, doc: 'phiên bản của lược đồ (1)' },
  { name: 'ten_xa', type: 'STRING', required: true, doc: 'Tên xã (Cấu hình)' },
  { name: 'tuan', type: 'DATE', required: true, doc: 'tuần: ngày hạn nộp, yyyy-MM-dd' },
  { name: 'thon', type: 'STRING', required: true, doc: 'thôn, hoặc Toàn xã' },
  { name: 'ma_chi_tieu', type: 'STRING', required: true, doc: 'mã chỉ tiêu' },
  { name: 'noi_dung', type: 'STRING', required: false, doc: 'nội dung chỉ tiêu' },
  { name: 'don_vi', type: 'STRING', required: false, doc: 'đơn vị tính' },
  { name: 'chi_tieu', type: 'FLOAT64', required: true, doc: 'chỉ tiêu được giao' },
  { name: 'luy_ke', type: 'FLOAT64', required: true, doc: 'lũy kế đến hết tuần' },
  { name: 'tuan_nay', type: 'FLOAT64', required: true, doc: 'làm được trong tuần' },
  { name: 'ke_hoach_den_nay', type: 'FLOAT64', required: true, doc: 'kế hoạch đến nay' },
  { name: 'no_ton', type: 'FLOAT64', required: true, doc: 'nợ tồn so với kế hoạch' },
  { name: 'trang_thai', type: 'STRING', required: false, doc: 'Hoàn thành, Đúng tiến độ, Chậm tiến độ' },
  {
    name: 'bao_cao_tuan',
    type: 'STRING',
    required: false,
    doc: 'Đúng hạn, Trễ hạn, Chưa nộp (trống ở phiên bản 1)',
  },
  { name: 'diem', type: 'FLOAT64', required: false, doc: 'điểm thi đua của thôn (trống ở phiên bản 1)' },
];

export const EXPORT_HEADER: readonly string[] = EXPORT_COLUMNS.map((c) => c.name);
