import { expectNoAxeViolations } from './axe';

describe('expectNoAxeViolations', () => {
  it('fails on what a screen reader user could not use, naming the rule', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<img src="photo.png"><button></button>';
    document.body.appendChild(container);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/button-name[\s\S]*image-alt/);
    container.remove();
  });
});
