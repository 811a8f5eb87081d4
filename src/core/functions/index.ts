// Custom functions in one import: the six NTM_ definitions and the runner that pairs their arguments.
export {
  NTM_FUNCTIONS,
  NTM_NUMBER,
  NTM_PROGRESS,
  NTM_PLANNED,
  NTM_BACKLOG,
  NTM_PER_DAY,
  NTM_WEEK,
} from './ntm-functions';
export {
  runFunction,
  defineFunction,
  ElementProblem,
  type FunctionDef,
  type ParamDef,
  type ParamValues,
  type FunctionContext,
  type Output,
} from './run-function';
export {
  readQuantity,
  readCount,
  readDay,
  readInstant,
  readDeadline,
  readUnit,
  inUnit,
  commonUnit,
  type Quantity,
} from './read-inputs';
export {
  gridOf,
  commonShape,
  cellAt,
  isSingle,
  positionText,
  shapeText,
  type Shape,
  type GridArg,
} from './grid';
