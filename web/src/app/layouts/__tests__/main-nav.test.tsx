import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, hrUser } from '../../../testing/fixtures';
import { loginAs } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render';

async function findMainNav() {
  return screen.findByRole('navigation', { name: 'Hauptnavigation' });
}

/** The items marked as the page on screen, hidden ones (a closed admin menu) included. */
function currentItems(nav: HTMLElement) {
  return [...nav.querySelectorAll('[aria-current="page"]')].map((item) => item.textContent);
}

describe('[ADMIN][NAV] main navigation', () => {
  it('marks exactly one item as the current page', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/cases/dashboard' });
    const nav = await findMainNav();
    expect(currentItems(nav)).toEqual(['Auswertung']);

    await user.click(within(nav).getByRole('link', { name: 'Fälle' }));
    await screen.findByRole('heading', { level: 1, name: 'Fallübersicht' });
    expect(currentItems(nav)).toEqual(['Fälle']);

    await user.click(within(nav).getByRole('link', { name: 'Startseite' }));
    await screen.findByRole('heading', { level: 1, name: /Willkommen/ });
    expect(currentItems(nav)).toEqual(['Startseite']);
  });

  it('groups the admin pages under "Verwaltung", and marks that group on an admin page', async () => {
    loginAs(adminUser);
    renderApp({ route: '/admin/users' });
    const nav = await findMainNav();
    const admin = within(nav).getByRole('button', { name: 'Verwaltung' });
    expect(admin).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link', { name: 'Nutzerkonten' })).not.toBeInTheDocument();
    expect(currentItems(nav)).toEqual(['Nutzerkonten']);
    expect(admin).toHaveAttribute('data-has-current', 'true');
  });

  it('opens the admin menu with Enter or Space, reaches its links with Tab, closes on Escape', async () => {
    loginAs(adminUser);
    const { user, router } = renderApp({ route: '/' });
    const nav = await findMainNav();
    const admin = within(nav).getByRole('button', { name: 'Verwaltung' });
    const list = document.getElementById(admin.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeVisible();

    admin.focus();
    await user.keyboard('{Enter}');
    expect(admin).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
    const links = within(nav).getAllByRole('link', { name: /Unternehmen prüfen|Postausgang/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/admin/employers',
      '/admin/mailbox',
    ]);
    await user.tab();
    expect(within(nav).getByRole('link', { name: 'Unternehmen prüfen' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(admin).toHaveAttribute('aria-expanded', 'false');
    expect(admin).toHaveFocus();
    expect(list).not.toBeVisible();

    await user.keyboard(' ');
    expect(admin).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Postausgang' }));
    expect(router.state.location.pathname).toBe('/admin/mailbox');
    expect(admin).toHaveAttribute('aria-expanded', 'false');
    expect(currentItems(nav)).toEqual(['Postausgang']);
  });

  it('closes the admin menu when focus or a click leaves it', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/' });
    const nav = await findMainNav();
    const admin = within(nav).getByRole('button', { name: 'Verwaltung' });

    await user.click(admin);
    expect(admin).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('main'));
    expect(admin).toHaveAttribute('aria-expanded', 'false');

    await user.click(admin);
    within(nav).getByRole('link', { name: 'Aufbewahrung' }).focus();
    await user.tab();
    expect(admin).toHaveAttribute('aria-expanded', 'false');
  });

  it('has no admin menu for other roles', async () => {
    loginAs(hrUser);
    renderApp({ route: '/' });
    const nav = await findMainNav();
    expect(within(nav).getByRole('link', { name: 'Mein Unternehmen' })).toBeVisible();
    expect(within(nav).queryByRole('button', { name: 'Verwaltung' })).not.toBeInTheDocument();
  });

  it('folds behind a menu button on a phone, which says whether it is open', async () => {
    loginAs(adminUser);
    const { user } = renderApp({ route: '/' });
    const nav = await findMainNav();
    const toggle = within(nav).getByRole('button', { name: 'Menü' });
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list).toContainElement(within(nav).getByRole('link', { name: 'Fälle' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The CSS hides the closed list below the phone breakpoint; jsdom only sees the state.
    expect(list).toHaveAttribute('data-open', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveAttribute('data-open', 'true');
    await user.tab();
    expect(within(nav).getByRole('link', { name: 'Startseite' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(within(nav).getByRole('link', { name: 'Veranstaltungen' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
