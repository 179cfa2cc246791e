// The IID engine's public face: frameworks as data, exact scores, and the simulator.
export * from './types';
export * from './urusan';
export { BUILT_IN_FRAMEWORKS, builtInFramework } from './builtin';
export { scoreIid, predicateOf, roundTo, type IidResult } from './engine';
export { rankActions, greedyPlan, applyAction, type SimAction, type RankedAction, type PlanStep } from './simulator';
export { parseFramework, frameworkRuleProblems, scoreInputSchema, scoreInputProblems, frameworkSchema, type Problem } from './validate';
export { exportFramework } from './export';
