// The one error the .xlsx reader throws for a file it cannot take: its message says what is wrong and how to fix it.

/** A problem with the input file; its message is one line saying what is wrong and how to fix it. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}
