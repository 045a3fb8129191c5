import { useStore } from 'react-redux';
import type { AppStore } from '../store';

export { useAppDispatch } from '../hooks';

/** The Redux store itself, for reading the in-memory access token at the moment a download starts. */
export const useAppStore = () => useStore() as AppStore;
