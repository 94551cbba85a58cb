import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/ui/description-list';
import { itcContact } from '../itc-contact';

/** When the office is open for visitors and calls. */
export function OpeningHours() {
  const { t } = useTranslation();
  return (
    <DescriptionList
      items={itcContact.openingHours.map((slot) => ({
        key: `${slot.days}-${slot.opens}`,
        label: t(`legal.contact.days.${slot.days}`),
        value: t('legal.contact.hours', { opens: slot.opens, closes: slot.closes }),
      }))}
    />
  );
}
