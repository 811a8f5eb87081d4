// The dashboard sidebar's data, computed from a rollup (its page is src/pages/dashboard-page.ts).
export { dashboardData } from './dashboard-data';
export type * from './dashboard-types';
