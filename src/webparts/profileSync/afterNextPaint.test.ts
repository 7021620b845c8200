import { afterNextPaint } from './afterNextPaint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    jest.useFakeTimers();
    frames = [];
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    jest.spyOn(window, 'cancelAnimationFrame').mockImplementation((handle) => { frames[handle - 1] = () => undefined; });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });
  const runFrame = (): void => { frames.splice(0).forEach((frame) => frame(0)); };

  it('waits for the next frame, and then for the task after its paint', () => {
    const painted = jest.fn();
    afterNextPaint(painted);
    jest.runAllTimers();
    expect(painted).not.toHaveBeenCalled();
    runFrame();
    // Inside the frame the page has not been painted yet.
    expect(painted).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(painted).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a frame in a hidden tab, where none comes', () => {
    jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const painted = jest.fn();
    afterNextPaint(painted);
    jest.runAllTimers();
    expect(painted).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('can be cancelled before the frame and after it', () => {
    const first = jest.fn();
    const second = jest.fn();
    const cancelFirst = afterNextPaint(first);
    const cancelSecond = afterNextPaint(second);
    cancelFirst();
    runFrame();
    cancelSecond();
    jest.runAllTimers();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });
});
