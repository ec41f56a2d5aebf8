import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseHostMessage, toFrameMessage } from './protocol.ts';

const envelope = { protocol: 'entente', version: 1 };

describe('parseHostMessage', () => {
  it('accepts each well-formed host message', () => {
    for (const message of [
      { ...envelope, type: 'setWindow', from: '2024-02-01', to: '2024-02-05' },
      { ...envelope, type: 'resetWindow' },
      { ...envelope, type: 'select', node: 'xi-jinping' },
      { ...envelope, type: 'clearSelection' },
      { ...envelope, type: 'setCountryView', enabled: true },
      { ...envelope, type: 'play' },
      { ...envelope, type: 'pause' },
      { ...envelope, type: 'getState' },
    ]) {
      expect(parseHostMessage(message)).toEqual({ ok: true, message });
    }
  });

  it('rejects other protocols, versions, types and payloads', () => {
    expect(parseHostMessage('setWindow')).toEqual({ ok: false, reason: 'not an Entente message' });
    expect(parseHostMessage(null).ok).toBe(false);
    expect(parseHostMessage({ type: 'select', node: 'x' }).ok).toBe(false);
    expect(parseHostMessage({ ...envelope, version: 2, type: 'play' }).ok).toBe(false);
    expect(parseHostMessage({ ...envelope, type: 'eval', code: 'alert(1)' }).ok).toBe(false);
    expect(parseHostMessage({ ...envelope, type: 'setWindow', from: '<b>', to: '2024-02-05' }).ok).toBe(
      false,
    );
    expect(parseHostMessage({ ...envelope, type: 'select', node: 42 }).ok).toBe(false);
    expect(parseHostMessage({ ...envelope, type: 'select', node: 'x', html: '<img>' }).ok).toBe(false);
    const bad = parseHostMessage({ ...envelope, type: 'setCountryView', enabled: 'yes' });
    expect(bad.ok === false && bad.reason).toMatch(/at "enabled"/);
  });
});

describe('isAllowedOrigin', () => {
  it('lets any origin through unless one is configured', () => {
    expect(isAllowedOrigin('https://a.example', undefined)).toBe(true);
    expect(isAllowedOrigin('https://a.example', 'https://a.example')).toBe(true);
    expect(isAllowedOrigin('https://evil.example', 'https://a.example')).toBe(false);
  });
});

describe('toFrameMessage', () => {
  it('adds the protocol and version', () => {
    expect(toFrameMessage({ type: 'windowChanged', window: null })).toEqual({
      protocol: 'entente',
      version: 1,
      type: 'windowChanged',
      window: null,
    });
  });
});
