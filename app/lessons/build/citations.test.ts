/** Citations as the build writes them into a step, and the mistakes it refuses. */
import { describe, expect, test } from 'vitest';
import { ARTICLE_MODEL } from '../../engine/model';
import { computeTrace } from '../../engine/trace';
import { printed, REFERENCE } from '../../reference/reference';
import { compileLesson } from './compile';
import { at, FILE, FOLDER, oneStep, problemsOf } from './test-lessons';

const trace = computeTrace(ARTICLE_MODEL);
const html = (text: string) => compileLesson(FILE, FOLDER, text).lesson?.steps[0]?.html ?? '';

describe('a citation in a step', () => {
  test('in text: the engine’s number in a slot the page can rewrite', () => {
    const out = html(oneStep('id: a', 'It is @[out_h1].'));
    const value = String(trace.quantities.out_h1);
    expect(out).toBe(
      `<p>It is <span class="cite" data-cite="out_h1" data-value="${value}">0.593269992</span>.</p>`,
    );
  });

  test('in math: a slot in the drawing and the same in the MathML a screen reader reads', () => {
    const out = html(oneStep('id: a', '$$x = @[delta_o2] + @[E_total; digits=4]$$'));
    expect(out).toContain('class="enclosing cite" data-cite="delta_o2"');
    expect(out).toMatch(
      /<mrow data-cite="delta_o2" data-value="[^"]+"><mo>−<\/mo><mn>0.0380982365<\/mn><\/mrow>/,
    );
    expect(out).toMatch(
      /<mrow data-cite="E_total; digits=4" data-value="[^"]+"><mn>0.2984<\/mn><\/mrow>/,
    );
    expect(out).toContain(
      '<annotation encoding="application/x-tex">x = {-0.0380982365} + {0.2984}</annotation>',
    );
  });

  test('on the step’s own network, trained if the step says so', () => {
    const out = html(
      oneStep('id: a\nstate: { w5: 0.3 }\ntrain: 3', '@[w5; steps=0] and @[E_total]'),
    );
    expect(out).toContain('>0.3</span>');
    expect(out).not.toContain(`>${String(trace.quantities.E_total).slice(0, 8)}`);
  });

  test('an article figure is written as the article prints it, with nothing to rewrite', () => {
    const out = html(oneStep('id: a', '@[article E_total_after_10000_updates]'));
    expect(out).toBe(`<p>${printed('E_total_after_10000_updates', REFERENCE.published)}</p>`);
  });

  test('a mistake names the line, the citation and why', () => {
    expect(problemsOf(oneStep('id: a', 'Text.\n\n$x = @[net_h3]$'))).toEqual([
      at(
        15,
        '@[net_h3]: "net_h3" is not a quantity or parameter of this network (did you mean "net_h1"?)'.replace(
          '@[net_h3]: ',
          'in the math x = @[net_h3]: ',
        ),
      ),
    ]);
    expect(problemsOf(oneStep('id: a', 'It is @[out_h1; w5=2e6].'))).toEqual([
      at(13, '@[out_h1; w5=2e6]: w5 must lie between -1000000 and 1000000; got 2000000.'),
    ]);
    expect(problemsOf(oneStep('id: a', '@[article E_total_after_9_updates]'))[0]).toMatch(
      /the article prints no figure "E_total_after_9_updates"/,
    );
  });

  test('the text of a step may not cite what its check asks for; its notes may', () => {
    const check = 'id: a\ncheck:\n  quantity: net_o1\n  prompt: Compute it.\n  tolerance: 0.1';
    expect(problemsOf(oneStep(check, 'Here @[net_o1].'))[0]).toMatch(
      /@\[net_o1\] quotes net_o1, the value this step's check asks for/,
    );
    expect(problemsOf(oneStep(`${check}\n  hints: ['It is @[2*net_o1].']`))[0]).toMatch(
      /quotes net_o1/,
    );
    expect(problemsOf(oneStep(`${check}\nnotes: The answer is @[net_o1].`))).toEqual([]);
    // On another network the value is not this check's answer.
    expect(problemsOf(oneStep(check, 'With w5 = 1: @[net_o1; w5=1].'))).toEqual([]);
  });
});
