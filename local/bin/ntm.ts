// `npm start`: the local runner's command line; with no arguments it runs the demo.
import { runCli } from '../runner/cli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
