import { percentToBasisPoints } from './contract-price';
import { isFinished, pollDelayMs, uploadPercent } from './upload-progress';

describe('an upload’s progress bar', () => {
  it('moves forward through reading, sending, receiving and applying, and ends full', () => {
    const steps = [
      uploadPercent('idle'),
      uploadPercent('reading', 0.5),
      uploadPercent('reading', 1),
      uploadPercent('sending', 0.5),
      uploadPercent('sending', 1),
      uploadPercent('RECEIVING'),
      uploadPercent('QUEUED'),
      uploadPercent('COMPLETED'),
    ];
    expect(steps).toEqual([0, 5, 10, 40, 70, 75, 85, 100]);
    expect(uploadPercent('sending', 7)).toBe(70);
  });

  it('stops asking once the upload is applied, failed or refused', () => {
    expect(['COMPLETED', 'FAILED', 'refused'].every((stage) => isFinished(stage as never))).toBe(true);
    expect(isFinished('QUEUED')).toBe(false);
  });

  it('asks quickly at first, then every 2 s', () => {
    expect([0, 1, 2, 3, 10].map(pollDelayMs)).toEqual([250, 500, 1000, 2000, 2000]);
  });
});

describe('a contract percentage off, as typed', () => {
  it('is read in basis points, with a decimal point or comma', () => {
    expect(percentToBasisPoints('5')).toBe(500);
    expect(percentToBasisPoints('2,5')).toBe(250);
    expect(percentToBasisPoints('0.01')).toBe(1);
    expect(percentToBasisPoints('100')).toBe(10_000);
  });

  it('is refused beyond two decimals, at zero or above 100 %', () => {
    expect(percentToBasisPoints('1.234')).toBeUndefined();
    expect(percentToBasisPoints('0')).toBeUndefined();
    expect(percentToBasisPoints('100.01')).toBeUndefined();
    expect(percentToBasisPoints('five')).toBeUndefined();
  });
});
