// Saving one indicator's answer on the item version the person saw, for the innovation's SID answers and the
// region's SPD answers alike. Each choice is saved on its own as it is made (autosave, one field at a time). When
// someone else changed the item meanwhile the server answers 409 with the item as it is now; the person's choice
// stays on screen beside the newer one until they keep theirs (saved again, on the newer version) or take it.
import { useEffect, useState } from 'react';
import type { CurrentItem } from '../../../contract/common';
import { ApiError, currentItemOf } from '../../lib/api';
import { showApiError } from '../forms';
import type { ItemState } from './api';

/** A choice the server refused because the item changed: the person's choice and the item as it is now. */
export interface AnswerConflict {
  mine: number;
  current: CurrentItem;
}

const STALE = 'answer_stale_version';

export function useAnswerSaving({
  owner,
  items,
  save,
  refresh,
}: {
  /** Whose items these are (the entry, or the period for SPD): another owner starts with nothing pending. */
  owner: string;
  /** The items as last read (the answers query). */
  items: Record<string, ItemState>;
  /** Saves one choice on a version; resolves once the answers in the cache are the saved ones. */
  save: (code: string, value: number, version: number) => Promise<unknown>;
  /** Reads the answers (and what hangs on them) again after a refusal. */
  refresh: () => void;
}) {
  const [saving, setSaving] = useState<Record<string, number>>({});
  const [conflicts, setConflicts] = useState<Record<string, AnswerConflict>>({});
  // Another owner (the page moved to another innovation or period): its indicator codes are not these.
  useEffect(() => {
    setConflicts({});
    setSaving({});
  }, [owner]);
  const forget = <T>(map: Record<string, T>, code: string) => {
    const { [code]: _, ...rest } = map;
    return rest;
  };

  const choose = async (code: string, value: number) => {
    // In a conflict the person has seen the newer item: a choice made now is made on it.
    const seen = conflicts[code]?.current ?? items[code] ?? { value: 0, version: 0 };
    setConflicts((c) => forget(c, code));
    setSaving((s) => ({ ...s, [code]: value }));
    try {
      let version = seen.version;
      for (let attempt = 0; ; attempt++) {
        try {
          await save(code, value, version);
          return;
        } catch (e) {
          const current = e instanceof ApiError && e.code === STALE ? currentItemOf(e) : undefined;
          if (!current) throw e;
          refresh();
          // Someone made the same choice: nothing to resolve.
          if (current.value === value) return;
          // The option is still the one the person saw (only the evidence changed, or it went back): their choice
          // overwrites nobody's, so it is saved on the newer version once, without asking.
          if (current.value === seen.value && attempt === 0) {
            version = current.version;
            continue;
          }
          setConflicts((c) => ({ ...c, [code]: { mine: value, current } }));
          return;
        }
      }
    } catch (e) {
      showApiError(null, e);
    } finally {
      setSaving((s) => forget(s, code));
    }
  };

  return {
    /** What the answer field shows: the choice being saved, the person's refused choice, or the saved option. */
    shown: (code: string) => saving[code] ?? conflicts[code]?.mine ?? items[code]?.value ?? 0,
    conflictOf: (code: string): AnswerConflict | undefined => conflicts[code],
    busy: Object.keys(saving).length > 0,
    choose: (code: string, value: number) => void choose(code, value),
    keepMine: (code: string) => {
      const conflict = conflicts[code];
      if (conflict) void choose(code, conflict.mine);
    },
    takeTheirs: (code: string) => setConflicts((c) => forget(c, code)),
  };
}
