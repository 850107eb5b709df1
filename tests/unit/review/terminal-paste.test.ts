import { describe, expect, it } from 'vitest';
import { stepsFromTerminal, withoutPrompt } from '../../../src/domain/review/terminal-paste';

describe("a terminal's text read as a walkthrough", () => {
  it('drops the prompt the copy ended on, and reads a prompt whose space the copy lost', () => {
    expect(stepsFromTerminal('$ make test\nok\n$\n')).toEqual([{ command: 'make test', output: 'ok' }]);
    expect(stepsFromTerminal('\r\n$ make test\r\nok\r\n$ ')).toEqual([{ command: 'make test', output: 'ok' }]);
  });

  it("reads bash's prompts that name the user, the host and the folder", () => {
    const text = [
      '(venv) ana@build-01:~/infra$ terraform plan',
      'No changes.',
      '[ana@build-01 infra]$ terraform apply',
      'Apply complete!',
    ].join('\n');
    expect(stepsFromTerminal(text)).toEqual([
      { command: 'terraform plan', output: 'No changes.' },
      { command: 'terraform apply', output: 'Apply complete!' },
    ]);
    expect(withoutPrompt('ana@build-01:~/infra$ make deploy')).toBe('make deploy');
  });

  it('leaves text that does not start with a prompt, and a root shell’s comment, alone', () => {
    expect(stepsFromTerminal('NAME READY\n$ not a prompt line first')).toBeNull();
    expect(stepsFromTerminal('# systemctl restart api')).toBeNull();
    expect(stepsFromTerminal('$HOME/bin/deploy')).toBeNull();
    expect(withoutPrompt('$HOME/bin/deploy')).toBe('$HOME/bin/deploy');
    expect(withoutPrompt('$ ./deploy.sh')).toBe('./deploy.sh');
  });
});
