// The IID engine's public face: frameworks as data, exact scores, and the simulator.

export { BUILT_IN_FRAMEWORKS, builtInFramework } from './builtin';
export { type IidResult, predicateOf, roundTo, scoreIid } from './engine';
export { exportFramework } from './export';
export { applyAction, greedyPlan, type PlanStep, type RankedAction, rankActions, type SimAction } from './simulator';
export * from './types';
export * from './urusan';
export { frameworkRuleProblems, frameworkSchema, type Problem, parseFramework, scoreInputProblems, scoreInputSchema } from './validate';
