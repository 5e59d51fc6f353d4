import { describe, expect, it } from 'vitest';
import type { CourseProgress } from '../debate/core/ports.ts';
import { encodeRunCode, MAX_CODE_LENGTH } from '../debate/persistence/run-code.ts';
import { connectLms, findScormApi, learnerNameOf, MAX_SUSPEND_DATA, scormTimespan, type LmsProblem, type Scorm12Api } from './lms.ts';

/** A SCORM 1.2 API in memory: values, the calls made, and elements it refuses or throws on. */
function fakeApi(initial: Record<string, string> = {}, options: { refuse?: RegExp; throws?: RegExp; initialize?: string } = {}) {
  const values = new Map<string, string>(Object.entries({ 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...initial }));
  const calls: string[] = [];
  let lastError = '0';
  const api: Scorm12Api = {
    LMSInitialize: () => {
      calls.push('LMSInitialize');
      return options.initialize ?? 'true';
    },
    LMSFinish: () => {
      calls.push('LMSFinish');
      return 'true';
    },
    LMSCommit: () => {
      calls.push('LMSCommit');
      return 'true';
    },
    LMSGetValue: (element) => {
      if (options.throws?.test(element)) throw new TypeError('broken');
      if (options.refuse?.test(element)) {
        lastError = '401';
        return '';
      }
      lastError = '0';
      return values.get(element) ?? '';
    },
    LMSSetValue: (element, value) => {
      calls.push(`set ${element}=${value}`);
      if (options.throws?.test(element)) throw new TypeError('broken');
      if (options.refuse?.test(element)) {
        lastError = '405';
        return 'false';
      }
      lastError = '0';
      values.set(element, value);
      if (/^cmi\.interactions\.\d+\.id$/.test(element)) values.set('cmi.interactions._count', String(Number(values.get('cmi.interactions._count')) + 1));
      return 'true';
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => (code === '405' ? 'Incorrect data type' : 'Not implemented'),
  };
  return { api, values, calls };
}

const progress = (over: Partial<CourseProgress> = {}): CourseProgress => ({
  resumeData: 'RT1-S-ABC-0123ABCD-01-XXXXX',
  ending: null,
  score: 67,
  moves: [
    { decision: 1, figure: 'sediqi', response: 'rebut guarantees', grade: 'strong' },
    { decision: 2, figure: 'saeidi', response: 'attack', grade: 'backfire' },
  ],
  ...over,
});

describe('finding the SCORM 1.2 API', () => {
  it('finds it on a parent or a grandparent, not past the bound, and on the opener', () => {
    const { api } = fakeApi();
    const top: Record<string, unknown> = { API: api };
    top.parent = top;
    const middle = { parent: top };
    const frame = { parent: middle };
    expect(findScormApi(frame)).toBe(api);
    // Nine levels down is past the SCORM example's bound of seven.
    let deep: { parent: unknown } = { parent: top };
    for (let i = 0; i < 9; i++) deep = { parent: deep };
    expect(findScormApi(deep as never)).toBeNull();
    const popup: Record<string, unknown> = { opener: frame };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('finds nothing in a normal tab, and stops at a window of another site', () => {
    const tab: Record<string, unknown> = {};
    tab.parent = tab;
    tab.opener = null;
    expect(findScormApi(tab)).toBeNull();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: foreign as never })).toBeNull();
    // Something named API that is not the SCORM API is not taken for it.
    expect(findScormApi({ parent: { API: { LMSInitialize: 1 } } as never })).toBeNull();
  });
});

describe('a session with the platform', () => {
  const open = (initial: Record<string, string> = {}, options: Parameters<typeof fakeApi>[1] = {}) => {
    const fake = fakeApi(initial, options);
    const problems: LmsProblem[] = [];
    const session = connectLms({ parent: { API: fake.api } }, (p) => problems.push(p), () => 1000);
    return { ...fake, problems, session };
  };

  it('starts incomplete, reads the name and the kept run, and writes the run as it goes', () => {
    const { session, values, problems } = open({ 'cmi.core.student_name': 'Rahimi, Sara', 'cmi.suspend_data': 'RT1-S-1-0123ABCD-0-ABCDE' });
    expect(session?.learnerName).toBe('Sara Rahimi');
    expect(session?.resumeData).toBe('RT1-S-1-0123ABCD-0-ABCDE');
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    session?.report(progress());
    expect(values.get('cmi.suspend_data')).toBe('RT1-S-ABC-0123ABCD-01-XXXXX');
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(values.has('cmi.core.score.raw')).toBe(false);
    expect(values.get('cmi.interactions.0.id')).toBe('move1sediqi');
    expect(values.get('cmi.interactions.0.result')).toBe('correct');
    expect(values.get('cmi.interactions.1.student_response')).toBe('attack');
    expect(values.get('cmi.interactions.1.result')).toBe('wrong');
    expect(problems).toEqual([]);
  });

  it('reports completion, the score and the ending at an ending, once per move', () => {
    const { session, values, calls } = open();
    session?.report(progress());
    session?.report(progress({ resumeData: 'RT1-S-ABC-0123ABCD-012-YYYYY', ending: 'mandate' }));
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
    expect(values.get('cmi.core.score.raw')).toBe('67');
    expect(values.get('cmi.core.score.max')).toBe('100');
    expect(values.get('cmi.core.exit')).toBe('');
    // Two moves and the ending: the moves already written are not written again.
    expect(values.get('cmi.interactions._count')).toBe('3');
    expect(values.get('cmi.interactions.2.id')).toBe('ending');
    expect(values.get('cmi.interactions.2.student_response')).toBe('mandate');
    expect(calls).toContain('LMSCommit');
    // Playing again does not make a finished lesson incomplete.
    session?.report(progress({ resumeData: 'RT1-S-DEF-0123ABCD-0-ZZZZZ', moves: [] }));
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('a resumed run does not write the moves of the session that kept it again', () => {
    // The kept code stands after decision 1 of the same run (table, seed, build) as progress().
    const kept = encodeRunCode({ preset: 'short', seed: parseInt('abc', 36), build: '0123abcd', path: [0] });
    const { session, values } = open({ 'cmi.suspend_data': kept, 'cmi.interactions._count': '1' });
    session?.report(progress());
    expect(values.get('cmi.interactions.1.id')).toBe('move2saeidi');
    expect(values.has('cmi.interactions.2.id')).toBe(false);
  });

  it('a lesson completed in an earlier session stays completed', () => {
    const { values } = open({ 'cmi.core.lesson_status': 'completed' });
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('finishes once, with the session time, and is quiet after', () => {
    const { session, calls, values } = open();
    session?.finish();
    session?.finish();
    session?.report(progress());
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(values.get('cmi.core.session_time')).toBe('00:00:00.00');
    expect(values.has('cmi.suspend_data')).toBe(false);
  });

  it('a refused value is one notice, and the rest still goes through', () => {
    const { session, values, problems } = open({}, { refuse: /suspend_data/ });
    session?.report(progress());
    session?.report(progress({ ending: 'mandate' }));
    expect(problems).toEqual([{ kind: 'refused', call: 'LMSGetValue cmi.suspend_data', detail: '401: Not implemented' }]);
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('an API that throws never stops the game', () => {
    const { session, problems, values } = open({}, { throws: /cmi\.core\.(lesson_status|score)/ });
    expect(session).not.toBeNull();
    expect(() => session?.report(progress({ ending: 'mandate' }))).not.toThrow();
    expect(() => session?.finish()).not.toThrow();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('threw');
    expect(values.get('cmi.suspend_data')).toBe('RT1-S-ABC-0123ABCD-01-XXXXX');
  });

  it('suspend data longer than SCORM 1.2 allows is not sent, and said', () => {
    const { session, problems, values } = open();
    session?.report(progress({ resumeData: 'x'.repeat(MAX_SUSPEND_DATA + 1) }));
    expect(values.has('cmi.suspend_data')).toBe(false);
    expect(problems[0]?.kind).toBe('too-long');
  });

  it('a platform without interactions is asked once, and the rest is recorded', () => {
    const { session, calls, values, problems } = open({}, { refuse: /interactions/ });
    session?.report(progress({ ending: 'mandate' }));
    expect(calls.filter((c) => c.startsWith('set cmi.interactions'))).toHaveLength(0);
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
    expect(problems).toEqual([]);
  });

  it('an LMS that will not start, or throws on start, means no session and one notice', () => {
    expect(open({}, { initialize: 'false' }).session).toBeNull();
    expect(open({}, { initialize: 'false' }).problems[0]?.kind).toBe('not-started');
    const throwing = fakeApi();
    throwing.api.LMSInitialize = () => {
      throw new Error('no');
    };
    const problems: LmsProblem[] = [];
    expect(connectLms({ parent: { API: throwing.api } }, (p) => problems.push(p))).toBeNull();
    expect(problems[0]?.kind).toBe('threw');
  });
});

describe('what the platform keeps', () => {
  it('any run code the game writes fits SCORM 1.2 suspend_data (the longest path, 18 choices, is 46 characters)', () => {
    expect(MAX_CODE_LENGTH).toBeLessThanOrEqual(MAX_SUSPEND_DATA);
  });

  it('a platform that gives no name is no failure', () => {
    const fake = fakeApi({}, { refuse: /student_name/ });
    const problems: LmsProblem[] = [];
    const session = connectLms({ parent: { API: fake.api } }, (p) => problems.push(p));
    expect(session?.learnerName).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe('values in SCORM 1.2 form', () => {
  it('names and timespans', () => {
    expect(learnerNameOf('Doe, Jane')).toBe('Jane Doe');
    expect(learnerNameOf('Jane Doe')).toBe('Jane Doe');
    expect(learnerNameOf('  ')).toBeNull();
    expect(scormTimespan(3_723_450)).toBe('01:02:03.45');
  });
});
