// The runner's command line as a function (exit code out), so tests run it without a child process.
import { runDemo } from '../demo/run-demo';
import { parseArgs, USAGE } from './args';
import { runWorkbook } from './run-workbook';
import { runProvince } from '../province/run-province';
import { runProvinceDemo } from '../province/run-province-demo';

export interface CliIo {
  print: (line: string) => void;
  printError: (line: string) => void;
  /** Compiled bundle to load (default dist/Code.js). */
  bundleFile?: string;
}

const consoleIo: CliIo = { print: (l) => console.log(l), printError: (l) => console.error(l) };

/** Exit codes: 0 done, 1 bad input or a failed action (nothing written), 2 bad command line. */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  if (argv.length === 0)
    return runDemo({ print: io.print, printError: io.printError, bundleFile: io.bundleFile });
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.printError(parsed.error);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.print(USAGE);
    return 0;
  }
  if (args.provinceDemo)
    return (await runProvinceDemo({ outDir: args.out, print: io.print, printError: io.printError })).exitCode;
  if (args.province !== undefined)
    return (
      await runProvince({
        dir: args.province,
        out: args.out,
        bundleFile: io.bundleFile,
        print: io.print,
        printError: io.printError,
      })
    ).exitCode;
  if (!args.workbook) {
    io.printError('Thiếu --workbook TỆP.xlsx (xem npm start -- --help).');
    return 2;
  }
  const result = await runWorkbook({
    ...args,
    workbook: args.workbook,
    bundleFile: io.bundleFile,
    print: io.print,
    printError: io.printError,
  });
  return result.exitCode;
}
