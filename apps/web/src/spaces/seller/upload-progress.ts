/** Where an upload is, from choosing the file to its report. */
export type UploadStage = 'idle' | 'reading' | 'sending' | 'QUEUED' | 'RECEIVING' | 'COMPLETED' | 'FAILED' | 'refused';

/**
 * How far along the whole upload is, 0 to 100, for one progress bar: reading the file is the
 * first 10 %, sending it the next 60 %, catalog receiving and applying it the rest.
 */
export function uploadPercent(stage: UploadStage, fraction = 0): number {
  const clamp = Math.min(1, Math.max(0, fraction));
  switch (stage) {
    case 'idle':
      return 0;
    case 'reading':
      return Math.round(10 * clamp);
    case 'sending':
      return Math.round(10 + 60 * clamp);
    case 'RECEIVING':
      return 75;
    case 'QUEUED':
      return 85;
    case 'COMPLETED':
    case 'FAILED':
    case 'refused':
      return 100;
  }
}

export function isFinished(stage: UploadStage): boolean {
  return stage === 'COMPLETED' || stage === 'FAILED' || stage === 'refused';
}

/** Polls until the upload is applied or failed: quickly at first, then every 2 s. */
export function pollDelayMs(attempt: number): number {
  return Math.min(2000, 250 * 2 ** Math.min(attempt, 3));
}
