// The short plain text of a reminder, ready to paste into a village's Zalo group (a few lines, no HTML).

export interface ZaloParts {
  title: string;
  lines: string[];
  formUrl: string | null;
}

/** Title, the lines, then `Báo cáo tại: <link>` when there is a form link. */
export function zaloText(parts: ZaloParts): string {
  return [parts.title, ...parts.lines, ...(parts.formUrl ? [`Báo cáo tại: ${parts.formUrl}`] : [])].join(
    '\n',
  );
}
