/**
 * The network figure of the Markdown sheet, as a Mermaid flowchart.
 *
 * Why Mermaid: the sheet goes to stdout, so it cannot bring an image file along,
 * and Markdown has no drawing of its own. GitHub, GitLab, Gitea, Obsidian, Typora
 * and VS Code's preview draw a ```mermaid block as a diagram, laid out for us
 * (edges, labels that do not collide); where a viewer does not, the block stays
 * readable text, one edge per line ("i1 -- w1 = 0.15 --> h1"). An ASCII drawing
 * would render everywhere, but with eight crossing weights and their labels it
 * is hard to read even at this size, and breaks in a proportional font.
 */
import type { Trace } from '../engine/trace';

/** Given numbers exactly as given: a handout must not round what the reader starts from. */
const given = (trace: Trace, id: string) => String(trace.model.params[id]);

/** Lines of a fenced ```mermaid block: inputs, biases and targets with their values, weights on the edges. */
export function mermaidFigure(trace: Trace): string[] {
  const { names } = trace;
  const last = names.sizes.length - 1;
  const lines = ['```mermaid', 'flowchart LR'];
  for (const input of names.inputs) lines.push(`  ${input}(("${input} = ${given(trace, input)}"))`);
  for (let layer = 1; layer <= last; layer++) {
    for (const neuron of names.neurons[layer] ?? []) lines.push(`  ${neuron}((${neuron}))`);
  }
  for (const bias of names.biasIds) {
    lines.push(`  ${bias}(["bias ${bias} = ${given(trace, bias)}"])`);
  }
  names.targets.forEach((target) =>
    lines.push(`  ${target}["target ${target} = ${given(trace, target)}"]`),
  );
  // A space before each target id: Mermaid reads "-->o1" as an edge ending in a circle.
  for (const w of names.weights) {
    const from = names.neurons[w.layer - 1]?.[w.source];
    const to = names.neurons[w.layer]?.[w.target];
    lines.push(`  ${from} -- "${w.id} = ${given(trace, w.id)}" --> ${to}`);
  }
  names.neuronBiases.forEach((biases, layer) =>
    biases.forEach((bias, j) => lines.push(`  ${bias} -.-> ${names.neurons[layer]?.[j]}`)),
  );
  names.targets.forEach((target, k) => {
    lines.push(`  ${names.neurons[last]?.[k]} -. "compared with" .- ${target}`);
  });
  lines.push('```');
  return lines;
}
