import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { request } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatDay } from '../format';
import { enumLabel, useI18n } from '../i18n';

/** The statuses a correction may set: issue and return happen through a kit handover. */
const CORRECTABLE = ['IN_STORAGE', 'DAMAGED', 'LOST'] as const;
type Correctable = (typeof CORRECTABLE)[number];

/** One item: what it is and where; its status or storage room corrected; deleted when registered by mistake. */
export function EquipmentItemPage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const item = useApiQuery('/equipment/items/{id}', { path: { id } });
  const code = item.data?.location.municipalityCode ?? null;
  const rooms = useApiQuery(
    '/equipment/municipalities/{code}/storage-rooms',
    { path: { code: code ?? '' }, query: { limit: 200 } },
    { enabled: code !== null },
  );
  const save = useAction();
  const remove = useAction();
  const [status, setStatus] = useState<Correctable | ''>('');
  const [room, setRoom] = useState<string | null>(null);

  if (item.error) return <ErrorPanel error={item.error} />;
  if (!item.data) return <Loading />;
  const i = item.data;
  const roomValue = room ?? i.storageRoom?.id ?? '';

  const correct = () =>
    void save.run(async () => {
      const json: { status?: Correctable; storageRoomId?: string | null } = {};
      if (status && status !== i.status) json.status = status;
      if (roomValue !== (i.storageRoom?.id ?? '')) json.storageRoomId = roomValue || null;
      await request('patch', '/equipment/items/{id}', { path: { id }, json });
      setStatus('');
      setRoom(null);
      item.reload();
      return t('eqi.corrected');
    });

  const del = async () => {
    const ok = await confirm({
      title: t('eqi.deleteTitle', { serial: i.serial }),
      body: t('eqi.deleteBody', { serial: i.serial, type: i.typeName }),
      confirm: t('eqi.delete'),
      danger: true,
    });
    if (!ok) return;
    const done = await remove.run(() => request('delete', '/equipment/items/{id}', { path: { id } }).then(() => undefined));
    if (done) void navigate('/app/logistics/equipment/items', { replace: true });
  };

  return (
    <section aria-labelledby="eqi-item-title">
      <h1 id="eqi-item-title">{t('eqi.itemTitle', { serial: i.serial })}</h1>
      <dl className="figures">
        <dt>{t('equipment.type')}</dt>
        <dd>{i.typeName}</dd>
        <dt>{t('common.status')}</dt>
        <dd>{enumLabel(t, 'itemStatus', i.status)}</dd>
        <dt>{t('eqi.statusDate')}</dt>
        <dd>{formatDay(i.statusDate, lang)}</dd>
        <dt>{t('equipment.store')}</dt>
        <dd>{i.location.municipalityCode ?? t('eqi.centralStore')}</dd>
        <dt>{t('equipment.storageRoom')}</dt>
        <dd>{i.storageRoom?.name ?? t('common.none')}</dd>
      </dl>

      <section className="panel" aria-labelledby="eqi-correct-title">
        <h2 id="eqi-correct-title">{t('eqi.correctTitle')}</h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="eqi-item-status">{t('common.status')}</label>
            <select id="eqi-item-status" value={status} onChange={(e) => setStatus(e.target.value as Correctable | '')}>
              <option value="">{t('eqi.unchanged')}</option>
              {CORRECTABLE.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(t, 'itemStatus', s)}
                </option>
              ))}
            </select>
          </div>
          {code !== null && (
            <div className="field">
              <label htmlFor="eqi-item-room">{t('equipment.storageRoom')}</label>
              <select id="eqi-item-room" value={roomValue} onChange={(e) => setRoom(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {rooms.data?.items.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button
            type="button"
            className="primary"
            disabled={save.busy || ((!status || status === i.status) && roomValue === (i.storageRoom?.id ?? ''))}
            onClick={correct}
          >
            {t('eqi.correct')}
          </button>
        </div>
        {save.error && <ErrorPanel error={save.error} />}
        {save.notice && <Notice>{save.notice}</Notice>}
      </section>

      <section className="panel" aria-labelledby="eqi-delete-title">
        <h2 id="eqi-delete-title">{t('eqi.deleteSection')}</h2>
        <p className="muted">{t('eqi.deleteHelp')}</p>
        <button type="button" className="danger" disabled={remove.busy} onClick={() => void del()}>
          {t('eqi.delete')}
        </button>
        {remove.error && <ErrorPanel error={remove.error} />}
      </section>
    </section>
  );
}
