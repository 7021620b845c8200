import { ServiceWait } from './types';
import { WaitBudget } from './waitBudget';

describe('WaitBudget', () => {
  it('allows waits until 30 s in all are spent, and refuses the one that would go past', () => {
    const budget = new WaitBudget();
    expect([budget.take('graph', 10), budget.take('sharePoint', 15), budget.take('graph', 6)]).toEqual([true, true, false]);
    expect(budget.take('graph', 5)).toBe(true);
    expect(budget.remainingSeconds).toBe(0);
  });

  it('tells the page about every wait it allows, with the service that asked, and not about a refused one', () => {
    const waits: ServiceWait[] = [];
    const budget = new WaitBudget(10, (wait) => waits.push(wait));
    budget.take('sharePoint', 4);
    budget.take('graph', 7);
    expect(waits).toEqual([{ source: 'sharePoint', seconds: 4 }]);
  });
});
