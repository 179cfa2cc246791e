// Importing a version (IID framework, IPKD framework) from a JSON file: the button that reads the file and the
// list of what the server refused ("path: message"), shared so both editors read and report a file the same way.
import { Alert, Button, FileButton, List } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../lib/api';
import { readJsonFile } from '../lib/download';

interface Options<T> {
  importer: UseMutationResult<T, Error, unknown>;
  /** Button label, the alert's title, and the message for a file that is not JSON — already translated. */
  label: string;
  failedTitle: string;
  invalidJson: string;
  onImported: (saved: T) => void;
}

/** The most field messages listed: a wholly wrong file would otherwise fill the page. */
const SHOWN = 12;

export function useJsonImport<T>({ importer, label, failedTitle, invalidJson, onImported }: Options<T>): { button: ReactNode; errors: ReactNode } {
  const [errors, setErrors] = useState<string[] | null>(null);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setErrors(null);
    let data: unknown;
    try {
      data = await readJsonFile(file);
    } catch {
      return setErrors([invalidJson]);
    }
    importer.mutate(data, {
      onSuccess: onImported,
      onError: (e) => setErrors(e instanceof ApiError && Object.keys(e.fields).length ? Object.entries(e.fields).map(([k, v]) => `${k}: ${v}`) : [e.message]),
    });
  };

  const button = (
    <FileButton onChange={onFile} accept="application/json,.json">
      {(props) => (
        <Button {...props} variant="light" leftSection={<IconFileImport size={16} />} loading={importer.isPending}>
          {label}
        </Button>
      )}
    </FileButton>
  );
  const list = errors && (
    <Alert color="red" title={failedTitle} withCloseButton onClose={() => setErrors(null)}>
      <List size="sm">
        {errors.slice(0, SHOWN).map((e) => (
          <List.Item key={e}>{e}</List.Item>
        ))}
      </List>
    </Alert>
  );
  return { button, errors: list };
}
