import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hrUser, testPassword } from '../../../testing/fixtures';
import { getMockState, recordedRequests } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

/** Chooses English on the sign-in page and signs in as Sabine, whose profile says German. */
async function signInAfterChoosingEnglish() {
  const rendered = renderApp({ route: '/login' });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'English' }));
  await user.type(await screen.findByLabelText('Email address'), hrUser.email);
  await user.type(screen.getByLabelText('Password'), testPassword);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 1, name: 'Welcome, Sabine Krüger' });
  return rendered;
}

describe('language kept after sign-in', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('keeps the language chosen before signing in and saves it to the profile on request', async () => {
    const { user } = await signInAfterChoosingEnglish();

    const offer = await screen.findByText("Save English as your account's language?");
    expect(offer.closest('.kern-alert')).toHaveTextContent('Your profile is set to German');
    expect(recordedRequests('PATCH')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const saved = await screen.findByText('The language is saved in your profile.');
    await waitFor(() => expect(saved.closest('[role="status"]')).toHaveFocus());
    expect(recordedRequests('PATCH', '/api/auth/me').map((r) => r.body)).toEqual([
      { locale: 'en' },
    ]);
    expect(getMockState().session?.locale).toBe('en');
  });

  it('asks only once: "No thanks" keeps the profile as it is', async () => {
    const { user } = await signInAfterChoosingEnglish();

    await user.click(await screen.findByRole('button', { name: 'No thanks' }));
    expect(screen.queryByText("Save English as your account's language?")).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Sabine Krüger' })).toBeVisible();
    expect(recordedRequests('PATCH')).toHaveLength(0);
    expect(window.sessionStorage.getItem('itc.localeOffered')).toBe(`${hrUser.id}:en`);
  });
});
