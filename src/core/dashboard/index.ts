// The dashboard sidebar core: its data from a rollup, and its page.
export { dashboardData } from './dashboard-data';
export { dashboardPage, type DashboardServer } from './dashboard-page';
export type * from './dashboard-types';
