import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/t';

/**
 * The punch selfie. Where the browser offers a camera (`getUserMedia`), a live preview and a "Take photo" button;
 * always a file input with `capture="user"`, which opens the front camera on phones and a file picker elsewhere.
 * The chosen photo is shown before it is sent.
 */
export function SelfieInput({ photo, onPhoto, errors }: { photo: Blob | null; onPhoto: (photo: Blob | null) => void; errors?: string[] }) {
  const id = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [live, setLive] = useState(false);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const canStream = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

  const stop = () => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setLive(false);
  };
  useEffect(() => stop, []);
  useEffect(() => {
    if (!photo) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  const start = async () => {
    setCameraError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
      streamRef.current = stream;
      setLive(true);
      if (videoRef.current) {
        videoRef.current.srcObject = stream;
        await videoRef.current.play().catch(() => undefined);
      }
    } catch {
      setCameraError(t('punch.camera.unavailable'));
    }
  };

  const capture = () => {
    const video = videoRef.current;
    if (!video || !video.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    canvas.toBlob((blob) => {
      if (blob) onPhoto(blob);
      stop();
    }, 'image/jpeg', 0.9);
  };

  const invalid = Boolean(errors?.length);
  return (
    <div className={invalid ? 'selfie field-invalid' : 'selfie'}>
      <p className="selfie-title">{t('punch.camera.title')}</p>
      {canStream ? (
        <div className="selfie-live">
          <video ref={videoRef} playsInline muted hidden={!live} aria-label={t('punch.camera.preview')} />
          {live ? (
            <div className="filter-actions">
              <button type="button" onClick={capture}>
                {t('punch.camera.take')}
              </button>
              <button type="button" className="button-secondary" onClick={stop}>
                {t('punch.camera.stop')}
              </button>
            </div>
          ) : (
            <button type="button" className="button-secondary" onClick={() => void start()}>
              {photo ? t('punch.camera.retake') : t('punch.camera.open')}
            </button>
          )}
          {cameraError ? <p className="field-help">{cameraError}</p> : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id}>{canStream ? t('punch.camera.orFile') : t('punch.camera.file')}</label>
        <input
          id={id}
          type="file"
          name="photo"
          accept="image/*"
          capture="user"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => onPhoto(event.target.files?.[0] ?? null)}
        />
        {invalid ? (
          <p id={`${id}-error`} className="field-error">
            {errors!.join(' ')}
          </p>
        ) : null}
      </div>
      {preview ? <img className="selfie-preview" src={preview} alt={t('punch.camera.chosen')} /> : null}
    </div>
  );
}
