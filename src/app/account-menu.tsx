import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { ChevronDown } from 'lucide-react';
import { CoverImage, pickImage } from '../components/cover-image';
import { MenuButton } from '../components/menu-button';
import { endSession, getSession } from '../auth/token-store';
import { gateFor } from '../api/spotify-fetch';
import { displayName, userQueries } from '../features/profile/queries';

// Opened rarely: its code loads when it is.
const DiagnosticsDialog = lazy(() =>
  import('../features/diagnostics/diagnostics-dialog').then((m) => ({
    default: m.DiagnosticsDialog,
  })),
);

const AVATAR = 28;

/**
 * The header's account menu: who is signed in (avatar and name; the avatar alone on phones),
 * their profile, Diagnostics and Log out.
 */
export function AccountMenu() {
  const { data: user } = useQuery(userQueries.me());
  const navigate = useNavigate();
  const [diagnostics, setDiagnostics] = useState(false);
  const name = user ? displayName(user) : null;
  const backend = getSession()?.backend;
  return (
    <>
      <MenuButton
        label={name ? `Account: ${name}` : 'Account'}
        className="button button--quiet account-menu"
        items={[
          { label: 'Profile', onSelect: () => void navigate('/profile') },
          { label: 'Diagnostics', onSelect: () => setDiagnostics(true) },
          { label: 'Log out', onSelect: () => endSession('logout') },
        ]}
      >
        <CoverImage
          url={pickImage(user?.images, AVATAR)}
          label={name ?? '?'}
          size={AVATAR}
          className="cover--round account-menu__avatar"
        />
        <span className="account-menu__name hidden-below-desktop">{name ?? 'Account'}</span>
        <ChevronDown className="hidden-below-desktop" size={16} aria-hidden="true" />
      </MenuButton>
      {diagnostics && (
        <Suspense fallback={null}>
          <DiagnosticsDialog
            gate={backend ? gateFor(backend) : null}
            onClose={() => setDiagnostics(false)}
          />
        </Suspense>
      )}
    </>
  );
}
