/** Security settings; defaults suit a government office, each can be set by the environment (config.ts). */
export interface AuthSettings {
  /** A session unused this long ends (minutes). */
  sessionIdleMinutes: number;
  /** A session ends this long after login, however active (hours). */
  sessionAbsoluteHours: number;
  /** Send the session cookie only over HTTPS (browsers treat http://localhost as secure too). */
  cookieSecure: boolean;
  /** Wrong passwords in a row before an account is locked, and for how long (minutes). */
  maxFailedLogins: number;
  lockMinutes: number;
  /** Login attempts per minute from one address. */
  loginAttemptsPerMinute: number;
}

export const defaultAuthSettings: AuthSettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  cookieSecure: true,
  maxFailedLogins: 5,
  lockMinutes: 15,
  loginAttemptsPerMinute: 20,
};

export const SESSION_COOKIE = 'beizeng_session';
export const CSRF_HEADER = 'x-csrf-token';
