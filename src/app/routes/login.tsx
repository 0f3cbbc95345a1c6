export { loginLoader as loader } from '../../features/login/login-loader';
export { LoginPage as Component } from '../../features/login/login-page';
