import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/alert';

/** The confirmation after a form on the account page; takes the focus so it is noticed. */
export function SuccessNotice({ title }: { title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <Alert ref={ref} tabIndex={-1} variant="success" role="status" title={title} />;
}
