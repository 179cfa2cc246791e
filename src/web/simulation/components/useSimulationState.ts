// The simulation's data, kept on this device so a closed tab or a dropped connection loses nothing.
import { useEffect, useState } from 'react';
import type { ScoreInput } from '../../../domain/iid/types';

const KEY = 'inovda.simulation.v1';

interface Saved {
  frameworkId: string;
  input: ScoreInput;
}

function load(): Saved | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

export function useSimulationState(defaultFrameworkId: string) {
  const [initial] = useState(load);
  const [frameworkId, setFrameworkId] = useState(initial?.frameworkId ?? defaultFrameworkId);
  const [input, setInput] = useState<ScoreInput>(initial?.input ?? { region: { answers: {} }, innovations: [] });
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify({ frameworkId, input }));
    } catch {
      // Private mode or full storage: the simulation still works for this visit.
    }
  }, [frameworkId, input]);
  return { frameworkId, setFrameworkId, input, setInput, restored: Boolean(initial) };
}
