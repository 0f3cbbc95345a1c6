export { callbackLoader as loader, CallbackPage as Component } from '../../features/login/callback';
