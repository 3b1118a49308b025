import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { problemsOf, type ApiProblem } from './errors';

export type TransferPhase = 'reading' | 'sending';

/** A file's bytes as base64, reporting how much has been read. */
export function readAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/**
 * A GraphQL mutation sent with XMLHttpRequest, whose upload events tell how much of a large
 * request (a CSV file in base64) has gone: fetch cannot report that.
 */
export function mutateWithProgress<Data, Variables extends object>(
  url: string,
  token: string | undefined,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onProgress: (fraction: number) => void,
): Promise<{ data?: Data; problems: ApiProblem[] }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/json');
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => resolve({ problems: [{ code: 'NETWORK_ERROR', message: 'the request did not reach the server' }] });
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as { data?: Data; errors?: unknown[] };
        resolve({ data: body.data ?? undefined, problems: body.errors ? problemsOf(body.errors) : [] });
      } catch {
        resolve({ problems: [{ code: 'NETWORK_ERROR', message: `HTTP ${request.status}` }] });
      }
    };
    request.send(JSON.stringify({ query: stringifyDocument(document), variables }));
  });
}
