import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../lib/api-client';
import { renderWithProviders } from '../../testing/render';
import { Form, findFieldForPath, summaryLine } from './form';
import { RadioGroupField } from './radio-group-field';
import { TextField } from './text-field';

const schema = z.object({ title: z.string(), collectiveAgreement: z.string().nullish() });

/** The server turns both answers down, naming the fields by their path in the whole request. */
const rejected = new ApiError({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  code: 'validation_failed',
  errors: [
    { path: 'job.title', message: 'Bitte füllen Sie dieses Feld aus.', code: 'required' },
    { path: 'job.collectiveAgreement', message: 'Bitte beantworten Sie diese Frage.' },
  ],
});

function RejectedForm() {
  return (
    <Form
      schema={schema}
      defaultValues={{ title: '', collectiveAgreement: undefined }}
      submitLabel="Weiter"
      onSubmit={() => {
        throw rejected;
      }}
    >
      <TextField name="title" label="Berufsbezeichnung" />
      <RadioGroupField
        name="collectiveAgreement"
        legend="Ist Ihr Betrieb an einen Tarifvertrag gebunden?"
        options={[
          { value: 'yes', label: 'Ja' },
          { value: 'no', label: 'Nein' },
        ]}
      />
    </Form>
  );
}

describe('Form with field errors from the server', () => {
  it('marks each field, lists it in the summary with a link, and clears it once fixed', async () => {
    const { user } = renderWithProviders(<RejectedForm />);
    await user.click(await screen.findByRole('button', { name: 'Weiter' }));

    const summary = await screen.findByRole('alert');
    expect(summary).not.toHaveTextContent('Einige Angaben sind nicht gültig');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Berufsbezeichnung: Bitte füllen Sie dieses Feld aus.',
      'Ist Ihr Betrieb an einen Tarifvertrag gebunden? Bitte beantworten Sie diese Frage.',
    ]);
    const title = screen.getByLabelText('Berufsbezeichnung');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);

    await user.click(links[0]!);
    expect(title).toHaveFocus();
    await user.type(title, 'Pflegefachkraft');
    await waitFor(() => expect(title).not.toHaveAttribute('aria-invalid', 'true'));
    expect(
      within(screen.getByRole('alert')).queryByText(/^Berufsbezeichnung:/),
    ).not.toBeInTheDocument();
  });
});

describe('findFieldForPath', () => {
  const known = new Map([
    ['title', 'Titel'],
    ['address', 'Adresse'],
    ['attendees.0.email', 'E-Mail'],
  ]);

  it('finds a field by its full path, the tail of a longer one or a nested value', () => {
    expect(findFieldForPath('attendees.0.email', known)).toBe('attendees.0.email');
    expect(findFieldForPath('job.title', known)).toBe('title');
    expect(findFieldForPath('address.street', known)).toBe('address');
    expect(findFieldForPath('subtitle', known)).toBeNull();
  });
});

describe('summaryLine', () => {
  it('joins a label and its message without a colon after a question', () => {
    expect(summaryLine('Titel', 'Bitte füllen Sie dieses Feld aus.')).toBe(
      'Titel: Bitte füllen Sie dieses Feld aus.',
    );
    expect(summaryLine('Ortsgebunden?', 'Bitte beantworten Sie diese Frage.')).toBe(
      'Ortsgebunden? Bitte beantworten Sie diese Frage.',
    );
  });
});
