/**
 * A shortcut in HyperFormula's dependency graph for formulas that share a range (docs/workbench.md,
 * "Performance"). HyperFormula 3.5 gives each distinct range one vertex, with an edge from every
 * cell of the range; but for each new formula that reads a range whose vertex already exists it
 * walks every cell of the range again and re-adds those edges, which exist already. The review's
 * rank column (5,000 RANK.EQ formulas over one 5,000-row column) made 25 million such visits.
 *
 * The shortcut connects such a formula to the existing vertex directly and leaves everything else
 * (new ranges, whole columns or rows, single cells, names) to HyperFormula. The edges are the ones
 * HyperFormula would keep: it maintains a range vertex's incoming edges itself as cells are
 * written, emptied, inserted, deleted and moved, and removes the vertex when no formula reads it
 * any more. Results do not change, only the time; test/workbench/rangeDependencies.test.ts checks
 * the formulas against HyperFormula's own graph through those operations.
 */
import type { HyperFormula } from "hyperformula";

interface RangeDependency {
  start: unknown;
  end: unknown;
  isFinite(): boolean;
}

interface Graph {
  getRange(start: unknown, end: unknown): { idInGraph?: number } | undefined;
  processCellDependencies(dependencies: unknown[], endVertex: unknown): void;
  graph: { addEdge(from: unknown, to: unknown): void };
}

const isRange = (dependency: unknown): dependency is RangeDependency =>
  typeof dependency === "object" && dependency !== null && "start" in dependency && "end" in dependency && typeof (dependency as RangeDependency).isFinite === "function";

/**
 * Installs the shortcut on `engine`'s dependency graph (an internal of HyperFormula: when a version
 * no longer has the methods used here, nothing is installed and HyperFormula works as it is).
 * Gives whether it was installed.
 */
export function shareRangeVertices(engine: HyperFormula): boolean {
  const graph = (engine as unknown as { dependencyGraph?: Partial<Graph> }).dependencyGraph;
  if (!graph || typeof graph.getRange !== "function" || typeof graph.processCellDependencies !== "function" || typeof graph.graph?.addEdge !== "function") return false;
  const { graph: edges } = graph as Graph;
  const process = graph.processCellDependencies.bind(graph);
  const getRange = graph.getRange.bind(graph);
  graph.processCellDependencies = (dependencies, endVertex) => {
    const rest: unknown[] = [];
    for (const dependency of dependencies) {
      const vertex = isRange(dependency) && dependency.isFinite() ? getRange(dependency.start, dependency.end) : undefined;
      if (vertex?.idInGraph !== undefined) edges.addEdge(vertex.idInGraph, endVertex);
      else rest.push(dependency);
    }
    if (rest.length > 0) process(rest, endVertex);
  };
  return true;
}
