// The pages the add-on shows in Sheets (the dashboard sidebar, the export dialog): HTML and their browser scripts, built from core data.
export { dashboardPage, type DashboardServer } from './dashboard-page';
export { csvOfExportPage, embeddedJson, exportPageHtml } from './export-page';
