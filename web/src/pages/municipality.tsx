import { statusLabel } from './staff-person';
import { placeName } from '../format';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, request, type Answer, type ApiError, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { CursorPager, type ListPage, useListParams } from '../components/cursor-list';
import { asApiError, useApiQuery, useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, LANGUAGES, languageName, useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

/** An EA and a person of the lists, as the API description types them. */
type Ea = ItemOf<Answer<'/eas'>>;
type Staff = ItemOf<Answer<'/staff'>>;

/** Rows per page of the EA and staff lists. */
const PAGE = 50;
const STAFF_SORTS = ['fullName', '-fullName', 'nationalId', '-createdAt'] as const;

type Kkr = Answer<'/municipalities/{code}/kkr-members'>;
type KkrMember = Kkr['members'][number];

/**
 * A municipality's own page: KKR members and contact persons, its EAs and field staff. The
 * KKR list is asked first: for another municipality the API answers 404, and so does the page.
 */
export function MunicipalityPage() {
  const { code = '' } = useParams();
  const { t, locale, lang } = useI18n();
  const me = useMe();
  const kkr = useLoad(() => api<Kkr>(`/municipalities/${encodeURIComponent(code)}/kkr-members`), [code]);
  // Reference data (both names); only shown once the scoped KKR call above has succeeded.
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code } });
  const [confirmError, setConfirmError] = useState<ApiError | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  // The letter asks each KKR to re-confirm its list: the same list sent back, checked by the API's rules.
  async function confirm(members: readonly KkrMember[]) {
    setConfirmError(null);
    setConfirmed(false);
    try {
      await api(`/municipalities/${encodeURIComponent(code)}/kkr-members`, {
        method: 'PUT',
        json: {
          members: members.map((m) => ({
            fullName: m.fullName,
            currentJob: m.currentJob,
            kkrRole: m.kkrRole,
            isMunicipalStaff: m.isMunicipalStaff,
            phone: m.phone,
            email: m.email,
            isContactPerson: m.isContactPerson,
          })),
        },
      });
      setConfirmed(true);
      kkr.reload();
    } catch (err) {
      setConfirmError(asApiError(err));
    }
  }

  if (kkr.error?.status === 404) return <NotFoundPage />;
  if (kkr.error) return <ErrorPanel error={kkr.error} />;
  if (!kkr.data) return <Loading />;
  const contacts = kkr.data.members.filter((m) => m.isContactPerson);
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return (
    <section aria-labelledby="mun-title">
      <h1 id="mun-title">{t('mun.title', { name: names.data ? placeName(names.data, lang) : kkr.data.municipality.nameSq })}</h1>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/operations`}>{t('ops.link')}</Link>
        {' · '}
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/assignments`}>{t('asg.link')}</Link>
        {' · '}
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/teams`}>{t('team.link')}</Link>
      </p>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/kkr`}>{t('rec.kkr.link')}</Link>
        {me.role !== 'FINANCE' && (
          <>
            {' · '}
            <Link to={`/app/municipalities/${encodeURIComponent(code)}/recruitment/applications`}>{t('rec.link')}</Link>
          </>
        )}
      </p>

      {me.role === 'ADMIN' && names.data && <DocumentLanguages municipality={names.data} />}

      <div className="panel">
        <h2>{t('mun.contacts')}</h2>
        {contacts.length === 0 ? (
          <p className="muted">{t('common.empty')}</p>
        ) : (
          <ul className="contacts">
            {contacts.map((m) => (
              <li key={m.position}>
                <strong>{m.fullName}</strong> · {enumLabel(t, 'kkr', m.kkrRole)} · {m.phone ?? ''} {m.email ?? ''}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="panel">
        <h2>{t('mun.kkr')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('mun.position')}
                </th>
                <th scope="col">{t('mun.fullName')}</th>
                <th scope="col">{t('mun.job')}</th>
                <th scope="col">{t('mun.kkrRole')}</th>
                <th scope="col">{t('mun.staff')}</th>
                <th scope="col">{t('mun.phone')}</th>
                <th scope="col">{t('mun.email')}</th>
                <th scope="col">{t('mun.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {kkr.data.members.map((m) => (
                <tr key={m.position}>
                  <td className="num">{m.position}</td>
                  <td>{m.fullName}</td>
                  <td>{m.currentJob}</td>
                  <td>{enumLabel(t, 'kkr', m.kkrRole)}</td>
                  <td>{yes(m.isMunicipalStaff)}</td>
                  <td>{m.phone ?? ''}</td>
                  <td>{m.email ?? ''}</td>
                  <td>{yes(m.isContactPerson)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {kkr.data.members.length === 0 && <p className="muted">{t('common.empty')}</p>}
        <p className="muted">{t('mun.updatedAt', { at: formatDateTime(kkr.data.updatedAt, locale) })}</p>
        {(me.role === 'ADMIN' || me.role === 'MUNICIPALITY') && kkr.data.members.length > 0 && (
          <button type="button" onClick={() => void confirm(kkr.data?.members ?? [])}>
            {t('mun.confirm')}
          </button>
        )}
        {confirmed && <Notice>{t('mun.confirmed')}</Notice>}
        {confirmError && <ErrorPanel error={confirmError} />}
      </div>
      <FieldWork code={kkr.data.municipality.code} />
    </section>
  );
}

type DocumentLocale = Answer<'/geography/municipalities/{code}'>['documentLocales'][number];
// the API's languages are the catalogues' languages, as the console's are
const DOCUMENT_LOCALES = LANGUAGES.map((l) => l.code as DocumentLocale);

/** ADMIN: the languages the municipality's documents are printed in, one or two, in order. */
function DocumentLanguages({ municipality }: { municipality: Answer<'/geography/municipalities/{code}'> }) {
  const { t } = useI18n();
  const [first, setFirst] = useState<DocumentLocale>(municipality.documentLocales[0] ?? 'sq');
  const [second, setSecond] = useState<DocumentLocale | ''>(municipality.documentLocales[1] ?? '');
  const { busy, error, notice, run } = useAction();
  const save = () =>
    void run(async () => {
      const documentLocales = second && second !== first ? [first, second] : [first];
      await request('patch', '/geography/municipalities/{code}', { path: { code: municipality.code }, json: { documentLocales } });
      return t('mun.docLangSaved');
    });
  return (
    <div className="panel">
      <h2 id="doc-lang-title">{t('mun.docLang')}</h2>
      <p className="muted">{t('mun.docLangHelp')}</p>
      <div className="row-form">
        <div className="field">
          <label htmlFor="doc-lang-1">{t('mun.docLangFirst')}</label>
          <select id="doc-lang-1" value={first} onChange={(e) => setFirst(e.target.value as DocumentLocale)}>
            {DOCUMENT_LOCALES.map((l) => (
              <option key={l} value={l}>
                {languageName(t, l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="doc-lang-2">{t('mun.docLangSecond')}</label>
          <select id="doc-lang-2" value={second} onChange={(e) => setSecond(e.target.value as DocumentLocale | '')}>
            <option value="">{t('common.none')}</option>
            {DOCUMENT_LOCALES.filter((l) => l !== first).map((l) => (
              <option key={l} value={l}>
                {languageName(t, l)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="button" className="primary" disabled={busy} onClick={save}>
            {t('mun.docLangSave')}
          </button>
        </div>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorPanel error={error} />}
    </div>
  );
}

/**
 * The municipality's EAs and field staff. Contracts (ADMIN, FINANCE: the `contract` report's
 * roles) are asked here, beside every engaged supervisor and enumerator: a contract is signed
 * when a person is engaged, before any pay run lists them.
 */
function FieldWork({ code }: { code: string }) {
  const { t } = useI18n();
  const me = useMe();
  const contracts = me.role === 'ADMIN' || me.role === 'FINANCE';
  const eaList = useListParams('ea', 'code');
  const staffList = useListParams('staff', 'fullName');
  const eas = useLoad(
    () =>
      api<ListPage<Ea>>('/eas', {
        query: { municipality: code, codePrefix: eaList.q || undefined, limit: PAGE, cursor: eaList.cursor },
      }),
    [code, eaList.q, eaList.cursor],
  );
  const staff = useLoad(
    () =>
      api<ListPage<Staff>>('/staff', {
        query: { municipality: code, q: staffList.q || undefined, sort: staffList.sort, limit: PAGE, cursor: staffList.cursor },
      }),
    [code, staffList.q, staffList.sort, staffList.cursor],
  );
  return (
    <div className="two-col">
      <div className="panel">
        <h2>{t('mun.eas')}</h2>
        <div className="row-form">
          <div className="field">
            <label htmlFor="ea-search">{t('list.search')}</label>
            <input
              id="ea-search"
              type="search"
              size={16}
              defaultValue={eaList.q}
              placeholder={t('list.eaSearchHint')}
              onChange={(e) => eaList.setQ(e.target.value)}
            />
          </div>
        </div>
        {eas.error && <ErrorPanel error={eas.error} />}
        {!eas.data && !eas.error && <Loading />}
        {eas.data && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('mun.eaCode')}</th>
                  <th scope="col">{t('mun.eaName')}</th>
                </tr>
              </thead>
              <tbody>
                {eas.data.items.map((e) => (
                  <tr key={e.id}>
                    <td className="code">
                      <Link to={`/app/municipalities/${encodeURIComponent(code)}/eas/${encodeURIComponent(e.id)}`}>{e.code}</Link>
                    </td>
                    <td>{e.name ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {eas.data && <CursorPager page={eas.data} limit={PAGE} list={eaList} />}
      </div>
      <div className="panel">
        <h2>{t('mun.staffList')}</h2>
        <div className="row-form">
          <div className="field">
            <label htmlFor="staff-search">{t('list.search')}</label>
            <input
              id="staff-search"
              type="search"
              size={16}
              defaultValue={staffList.q}
              placeholder={t('list.staffSearchHint')}
              onChange={(e) => staffList.setQ(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="staff-sort">{t('list.sort')}</label>
            <select id="staff-sort" value={staffList.sort} onChange={(e) => staffList.setSort(e.target.value)}>
              {STAFF_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`list.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {staff.error && <ErrorPanel error={staff.error} />}
        {!staff.data && !staff.error && <Loading />}
        {staff.data && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('mun.fullName')}</th>
                  <th scope="col">{t('mun.kind')}</th>
                  <th scope="col">{t('mun.team')}</th>
                  <th scope="col">{t('common.status')}</th>
                  {contracts && <th scope="col">{t('report.contract')}</th>}
                </tr>
              </thead>
              <tbody>
                {staff.data.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/app/staff/${encodeURIComponent(s.id)}`}>{s.fullName}</Link>
                    </td>
                    <td>{enumLabel(t, 'kind', s.kind)}</td>
                    <td className="code">{s.team?.code ?? ''}</td>
                    <td>{statusLabel(t, s.status)}</td>
                    {contracts && (
                      <td>
                        <PdfButton type="contract" params={{ staffId: s.id }} label={t('report.contract')} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {staff.data && <CursorPager page={staff.data} limit={PAGE} list={staffList} />}
      </div>
    </div>
  );
}
