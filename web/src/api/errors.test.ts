import { describe, expect, it } from 'vitest';
import { formErrors } from './errors';
import { safeNext } from '../pages/LoginPage';
import { formatPrice, t } from '../i18n/t';

describe('formErrors', () => {
  it('splits a field map from the form message', () => {
    expect(formErrors({ status: 400, data: { phone: ['Enter a valid phone number.'], non_field_errors: ['Both or neither.'] } })).toEqual({
      fields: { phone: ['Enter a valid phone number.'] },
      form: 'Both or neither.',
    });
  });

  it('uses detail for a refusal and names offline and throttled answers', () => {
    expect(formErrors({ status: 409, data: { detail: 'Store has a branch head.', code: 'store_has_branch_head', store: 3 } }).form).toBe(
      'Store has a branch head.',
    );
    expect(formErrors({ status: 'FETCH_ERROR', error: 'TypeError' }).form).toBe(t('app.offline'));
    expect(formErrors({ status: 429, data: { detail: 'slow down' } }).form).toBe(t('login.throttled'));
  });

  it('flattens nested field messages', () => {
    expect(formErrors({ status: 400, data: { attributes: { color: ['Not a string.'] } } }).fields).toEqual({ attributes: ['Not a string.'] });
  });
});

describe('helpers', () => {
  it('t fills placeholders and leaves unknown ones', () => {
    expect(t('pagination.status', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(t('pagination.status', { page: 2 })).toBe('Page 2 of {pages}');
  });

  it('formatPrice uses the catalogue format', () => {
    expect(formatPrice('79900.00')).toBe('₹79,900.00');
    expect(formatPrice('oops')).toBe('oops');
  });

  it('safeNext only allows paths of this site', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('//evil.example.com')).toBe('/');
    expect(safeNext('https://evil.example.com')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
