// `npm start`: the local runner's command line; with no arguments it runs the demo.
import { errorText } from '../../src/core/error-text';
import { runCli } from '../runner/cli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(errorText(e));
    process.exitCode = 1;
  },
);
