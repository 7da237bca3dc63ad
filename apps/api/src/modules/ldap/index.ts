// The ldap module's surface: the auth module logs directory users in through `directoryLogin`.
export { directoryLogin, type DirectoryLoginResult } from './ldap-login.service.ts';
