import { centredSquare } from './centredSquare';

describe('centredSquare', () => {
  it('keeps the middle of a portrait, cutting as much from the top as from the bottom', () => {
    expect(centredSquare(648, 864)).toEqual({ left: 0, top: 108, width: 648, height: 648 });
  });

  it('keeps the middle of a landscape photo', () => {
    expect(centredSquare(864, 648)).toEqual({ left: 108, top: 0, width: 648, height: 648 });
  });

  it('leaves a square photo whole', () => {
    expect(centredSquare(96, 96)).toEqual({ left: 0, top: 0, width: 96, height: 96 });
  });

  it('stays on whole pixels when the difference is odd', () => {
    expect(centredSquare(72, 97)).toEqual({ left: 0, top: 12, width: 72, height: 72 });
  });
});
