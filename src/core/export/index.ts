// The province export (docs/export.md): schema, CSV writing, `Lịch sử` → rows (the download page is src/pages/export-page.ts).
export * from './schema';
export * from './csv';
export * from './export-rows';
