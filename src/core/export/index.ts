// The province export (docs/export.md): schema, CSV writing, `Lịch sử` → rows, the download page.
export * from './schema';
export * from './csv';
export * from './export-rows';
export * from './export-page';
