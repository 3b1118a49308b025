/** The reason changes a decision makes: only the items whose chosen reason differs from the one they have. */
export function reasonChanges<Reason extends string>(
  items: readonly { lineId: string; reason: Reason }[],
  chosen: Readonly<Record<string, Reason | '' | undefined>>,
): { lineId: string; reason: Reason }[] {
  return items.flatMap((item) => {
    const next = chosen[item.lineId];
    return next && next !== item.reason ? [{ lineId: item.lineId, reason: next }] : [];
  });
}

/** Which returns an operator has to act on: disputes to decide, and requested returns with an unaccepted carrier claim. */
export function operatorTask(sellerReturn: {
  status: string;
  carrierClaimAccepted: boolean;
  items: readonly { fault: string }[];
}): 'decide' | 'carrierClaim' | undefined {
  if (sellerReturn.status === 'DISPUTED') return 'decide';
  if (
    sellerReturn.status === 'REQUESTED' &&
    !sellerReturn.carrierClaimAccepted &&
    sellerReturn.items.some((item) => item.fault === 'CARRIER')
  )
    return 'carrierClaim';
  return undefined;
}

/** The note a decision needs: 10 to 2,000 characters once trimmed (NOTE_REQUIRED otherwise). */
export function noteProblem(note: string, required: boolean): 'NOTE_REQUIRED' | undefined {
  const length = note.trim().length;
  if (!required && length === 0) return undefined;
  return length >= 10 && length <= 2000 ? undefined : 'NOTE_REQUIRED';
}
