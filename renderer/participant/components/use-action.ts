import { useState } from 'preact/hooks';
import type { SendResult } from '../connection';

/** One control's message to the room: busy while it waits for its ack, the server's error after. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (sending: Promise<SendResult>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const result = await sending;
    setBusy(false);
    if (!result.ok) setError(result.message);
    return result.ok;
  };
  return { busy, error, run };
}
