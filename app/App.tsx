import { SheetPage } from './sheet/SheetPage';
import { AppHeader } from './ui/AppHeader';
import { NoticeList } from './ui/NoticeList';

export function App() {
  return (
    <>
      <AppHeader />
      <NoticeList />
      <SheetPage />
    </>
  );
}
