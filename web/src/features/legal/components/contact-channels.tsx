import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../../../components/ui/description-list';
import { itcContact } from '../itc-contact';

/** The office's phone number and email address, as links a phone or mail program opens. */
export function ContactChannels() {
  const { t } = useTranslation();
  return (
    <DescriptionList
      items={[
        {
          key: 'phone',
          label: t('legal.contact.phone'),
          value: (
            <a className="kern-link" href={itcContact.phone.href}>
              {itcContact.phone.display}
            </a>
          ),
        },
        {
          key: 'email',
          label: t('legal.contact.email'),
          value: (
            <a className="kern-link" href={`mailto:${itcContact.email}`}>
              {itcContact.email}
            </a>
          ),
        },
      ]}
    />
  );
}
